package org.accord.database;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Maps a {@code List<String>} to a PostgreSQL {@code varchar[]} column and back. */
public class StringListTypeHandler extends BaseTypeHandler<List<String>> {

  @Override
  public void setNonNullParameter(
      PreparedStatement statement, int index, List<String> values, JdbcType jdbcType)
      throws SQLException {
    statement.setArray(
        index, statement.getConnection().createArrayOf("varchar", values.toArray(String[]::new)));
  }

  @Override
  public List<String> getNullableResult(ResultSet resultSet, String column) throws SQLException {
    return toList(resultSet.getArray(column));
  }

  @Override
  public List<String> getNullableResult(ResultSet resultSet, int index) throws SQLException {
    return toList(resultSet.getArray(index));
  }

  @Override
  public List<String> getNullableResult(CallableStatement statement, int index)
      throws SQLException {
    return toList(statement.getArray(index));
  }

  private static List<String> toList(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    try {
      return List.copyOf(Arrays.asList((String[]) array.getArray()));
    } finally {
      array.free();
    }
  }
}
