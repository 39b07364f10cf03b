package org.accord.database;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.accord.shared.Language;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Keeps a {@link Language} by its BCP 47 code ("fr"), as the API and the users' choices do. */
public class LanguageTypeHandler extends BaseTypeHandler<Language> {

  @Override
  public void setNonNullParameter(
      PreparedStatement statement, int index, Language language, JdbcType jdbcType)
      throws SQLException {
    statement.setString(index, language.code());
  }

  @Override
  public Language getNullableResult(ResultSet resultSet, String column) throws SQLException {
    return of(resultSet.getString(column));
  }

  @Override
  public Language getNullableResult(ResultSet resultSet, int index) throws SQLException {
    return of(resultSet.getString(index));
  }

  @Override
  public Language getNullableResult(CallableStatement statement, int index) throws SQLException {
    return of(statement.getString(index));
  }

  private static Language of(String code) {
    return code == null
        ? null
        : Language.ofCode(code)
            .orElseThrow(() -> new IllegalStateException("Not a language of Accord: " + code));
  }
}
