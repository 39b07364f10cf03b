package org.accord.donor.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DonorProfileMapper {

  /** A profile as stored: enums by name, contacts as a JSON array. */
  record ProfileRow(
      String partnerCode,
      List<String> priorities,
      List<String> regions,
      List<String> countries,
      List<String> countryGroups,
      BigDecimal ticketMin,
      BigDecimal ticketMax,
      String ticketCurrency,
      String reportingFrequency,
      String reportingFormat,
      String conditions,
      String contacts,
      String updatedBy,
      OffsetDateTime updatedAt) {}

  Optional<ProfileRow> find(String partnerCode);

  List<ProfileRow> all();

  void save(ProfileRow profile);

  /** A donor's past agreements: how many it funded and how many it declined. */
  record TrackRow(String partnerCode, long funded, long declined) {}

  List<TrackRow> trackRecords();
}
