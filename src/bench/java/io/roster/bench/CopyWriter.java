package io.roster.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams CSV rows into one {@code COPY ... FROM STDIN}, in chunks, as the fastest bulk load. */
final class CopyWriter implements AutoCloseable {
  private static final int CHUNK = 1 << 20;

  private final CopyIn copy;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
  private final StringBuilder line = new StringBuilder(512);

  CopyWriter(Connection connection, String table, String columns) throws SQLException {
    copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
  }

  /** One row; {@code null} is SQL NULL (an unquoted empty field), everything else is quoted. */
  void row(Object... values) throws SQLException {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      if (values[i] != null) {
        line.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
      }
    }
    line.append('\n');
    buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    if (buffer.size() >= CHUNK) {
      flush();
    }
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toByteArray();
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.reset();
  }

  @Override
  public void close() throws SQLException {
    flush();
    copy.endCopy();
  }
}
