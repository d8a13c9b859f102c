package io.roster.scim.http;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Reads and writes JSON-P bodies with factories made once, where the container's own provider looks
 * up a JSON implementation on every request. Parse errors surface as {@code JsonException} (400
 * invalidSyntax). A body nested {@link #MAX_DEPTH} levels deep or deeper is refused the same way:
 * the cap is set here rather than left to the provider's default (Parsson's is 1,000, and it
 * reports it as a bare {@code RuntimeException}, a 500); no SCIM body needs more than ten levels.
 */
@Provider
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class JsonBodies
    implements MessageBodyReader<JsonStructure>, MessageBodyWriter<JsonStructure> {
  static final int MAX_DEPTH = 64;
  private static final JsonReaderFactory READERS =
      Jsons.provider().createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));
  private static final JsonWriterFactory WRITERS = Jsons.provider().createWriterFactory(Map.of());

  @Override
  public boolean isReadable(Class<?> type, Type generic, Annotation[] a, MediaType mediaType) {
    return JsonStructure.class.isAssignableFrom(type);
  }

  @Override
  public JsonStructure readFrom(
      Class<JsonStructure> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    try (JsonReader reader = READERS.createReader(body)) {
      JsonStructure json = reader.read();
      if (!type.isInstance(json)) {
        throw new JsonException("Expected a JSON " + type.getSimpleName());
      }
      return json;
    } catch (JsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new JsonException("JSON nested " + MAX_DEPTH + " levels deep or deeper", e);
    }
  }

  @Override
  public boolean isWriteable(Class<?> type, Type generic, Annotation[] a, MediaType mediaType) {
    return JsonStructure.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonStructure json,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    try (JsonWriter writer = WRITERS.createWriter(out)) {
      writer.write(json);
    }
  }
}
