package org.accord.attachment.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes of attachments as PostgreSQL large objects, through the JDBC driver's {@link
 * LargeObjectManager} on the transaction's own connection: written and read a chunk at a time, so
 * no file is ever held whole. A large object lives in the transaction that made it: rolled back, it
 * is gone with the row that would have named it.
 */
@Component
public class LargeObjects {

  private final DataSource dataSource;

  LargeObjects(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A new large object to write to; its oid names it in the row. */
  public Writer create() {
    try {
      LargeObjectManager manager = manager();
      long oid = manager.createLO(LargeObjectManager.READWRITE);
      return new Writer(oid, manager.open(oid, LargeObjectManager.WRITE));
    } catch (SQLException failed) {
      throw new DataAccessResourceFailureException("Cannot create a large object", failed);
    }
  }

  /** Copies the large object to {@code out}, a chunk at a time. */
  public void copy(long oid, OutputStream out) throws IOException {
    try (LargeObject object = manager().open(oid, LargeObjectManager.READ);
        InputStream in = object.getInputStream()) {
      in.transferTo(out);
    } catch (SQLException failed) {
      throw new DataAccessResourceFailureException("Cannot read large object " + oid, failed);
    }
  }

  private LargeObjectManager manager() throws SQLException {
    // Outside a transaction the driver would commit each call, and a large object's descriptor
    // lasts one transaction only.
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("Large objects are used inside a transaction only");
    }
    // The transaction's connection: released by the transaction, not here.
    Connection connection = DataSourceUtils.getConnection(dataSource);
    return connection.unwrap(PGConnection.class).getLargeObjectAPI();
  }

  /** A large object being written. */
  public static final class Writer implements AutoCloseable {

    private final long oid;
    private final LargeObject object;

    private Writer(long oid, LargeObject object) {
      this.oid = oid;
      this.object = object;
    }

    public long oid() {
      return oid;
    }

    public void write(byte[] chunk, int length) {
      try {
        object.write(chunk, 0, length);
      } catch (SQLException failed) {
        throw new DataAccessResourceFailureException("Cannot write large object " + oid, failed);
      }
    }

    @Override
    public void close() {
      try {
        object.close();
      } catch (SQLException failed) {
        throw new DataAccessResourceFailureException("Cannot close large object " + oid, failed);
      }
    }
  }
}
