package dev.bulwark.cluster;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a cluster's objects with paged LISTs ({@code limit}/{@code continue}); never writes.
 *
 * <p>Discovery first ({@link ServedKinds}): kinds the server does not serve are skipped, the others
 * are listed in the version the server prefers. Each page is parsed as a stream and its items
 * become resources at once, so only one page of raw JSON is held at a time. A kind the user may not
 * list (403) becomes a warning, and an unreadable kind, and the read goes on; a listing whose
 * {@code continue} token expired (410) starts over, a few times at most; a server that cannot be
 * reached, or that rejects the credentials, is a {@link ClusterException}.
 */
public final class ClusterReader {
  /** Items are read one by one from the page's stream, so the rest of the page must not fail them. */
  private static final JsonMapper JSON = mapper(JsonNodeFactory.instance);

  /** A LIST restarted this often after expired continue tokens gives up. */
  static final int LIST_ATTEMPTS = 3;

  private final ClusterOptions options;
  private final ReadProgress progress;

  public ClusterReader(ClusterOptions options, ReadProgress progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Reads every kind in {@link ClusterKind#SCANNED}. */
  public ClusterRead read() {
    return read(ClusterKind.SCANNED);
  }

  /** Reads the given kinds. */
  public ClusterRead read(List<ClusterKind> kinds) {
    Config config = ClusterConnection.config(options);
    String context = ClusterConnection.contextName(config);
    try (KubernetesClient client = ClusterConnection.client(config)) {
      Session session = new Session(client, context);
      ServedKinds.Resolution served = new ServedKinds(session::discovery).resolve(kinds);
      served.notServed().forEach(progress::kindNotServed);
      for (ClusterKind kind : served.served()) {
        session.readKind(kind);
      }
      return new ClusterRead(
          context, session.resources, session.diagnostics, session.unreadable, served.notServed());
    }
  }

  private static JsonMapper mapper(JsonNodeFactory nodes) {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .nodeFactory(nodes)
        .build();
  }

  /** The origin that stands for a file in locations: {@code cluster://context/namespace/kind/name}. */
  public static String origin(String context, String namespace, String kind, String name) {
    return "cluster://"
        + context
        + "/"
        + (namespace == null ? "" : namespace + "/")
        + kind
        + "/"
        + name;
  }

  private final class Session {
    private final KubernetesClient client;
    private final HttpClient http;
    private final String context;
    private final ObjectCleaner cleaner = new ObjectCleaner(options.readSecretValues());
    /** Objects are kept as trees until the scan ends, so they are built compactly. */
    private final JsonMapper items = mapper(new CompactNodeFactory());
    private final List<Resource> resources = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, String> unreadable = new TreeMap<>();

    Session(KubernetesClient client, String context) {
      this.client = client;
      this.http = client.getHttpClient();
      this.context = context;
    }

    void readKind(ClusterKind kind) {
      int before = resources.size();
      if (kind.namespaced() && !options.namespaces().isEmpty()) {
        for (String namespace : options.namespaces().stream().sorted().toList()) {
          if (options.includes(namespace)) {
            list(kind, namespace, before);
          }
        }
      } else {
        list(kind, null, before);
      }
      progress.kindDone(kind, resources.size() - before);
    }

    /**
     * Lists one collection page by page. A denied or failed kind ends after a diagnostic; an
     * expired continue token drops what this listing read and starts it over.
     */
    private void list(ClusterKind kind, String namespace, int kindStart) {
      int listStart = resources.size();
      for (int attempt = 1; ; attempt++) {
        try {
          String token = null;
          do {
            Page page = fetch(kind, namespace, token);
            if (page == null) {
              return;
            }
            token = page.continueToken;
            progress.pageRead(kind, resources.size() - kindStart);
          } while (token != null && !token.isEmpty());
          return;
        } catch (ExpiredList e) {
          int dropped = resources.size() - listStart;
          resources.subList(listStart, resources.size()).clear();
          String what = "the list of " + kind.resourceName() + scope(namespace);
          if (attempt == LIST_ATTEMPTS) {
            error(kind, namespace, what + " expired " + LIST_ATTEMPTS + " times before its last page"
                + " (HTTP 410" + e.reason + "); it was not read");
            return;
          }
          warn(kind, namespace, what + " expired after " + dropped + " objects (HTTP 410" + e.reason
              + ", the server no longer holds that snapshot); reading it again from the start,"
              + " attempt " + (attempt + 1) + " of " + LIST_ATTEMPTS);
        }
      }
    }

    private Page fetch(ClusterKind kind, String namespace, String token) {
      HttpResponse<InputStream> response = get(url(kind, namespace, token));
      try (InputStream body = response.body()) {
        int code = response.code();
        if (code == 200) {
          return readPage(kind, body);
        }
        String reason = statusMessage(body);
        switch (code) {
          case 401 -> throw rejected(reason);
          case 403 -> denied(kind, namespace, "permission denied to list " + kind.resourceName()
              + scope(namespace) + reason + "; checks that need them are not evaluated");
          case 404 -> {
            // Not served after all (discovery was unavailable, or the API went away): none to read.
          }
          case 410 -> throw new ExpiredList(reason);
          default -> error(kind, namespace, "listing " + kind.resourceName() + scope(namespace)
              + " failed with HTTP " + code + reason);
        }
        return null;
      } catch (IOException | JacksonIOException e) {
        // The connection broke mid-page.
        throw unreachable(e);
      } catch (JacksonException e) {
        error(kind, namespace, "the API server sent an unreadable list of " + kind.resourceName()
            + scope(namespace) + ": " + e.getOriginalMessage());
        return null;
      }
    }

    /** A discovery document, or empty when the server will not give it (then LISTs decide). */
    Optional<JsonNode> discovery(String path) {
      HttpResponse<InputStream> response = get(base() + path);
      try (InputStream body = response.body()) {
        if (response.code() == 401) {
          throw rejected(statusMessage(body));
        }
        return response.code() == 200 ? Optional.ofNullable(JSON.readTree(body)) : Optional.empty();
      } catch (IOException | JacksonIOException e) {
        throw unreachable(e);
      } catch (JacksonException e) {
        return Optional.empty();
      }
    }

    private HttpResponse<InputStream> get(String url) {
      HttpRequest request = http.newHttpRequestBuilder().uri(url).build();
      try {
        return http.sendAsync(request, InputStream.class).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClusterException("interrupted while reading the cluster", e);
      } catch (ExecutionException e) {
        throw unreachable(e.getCause() == null ? e : e.getCause());
      }
    }

    private ClusterException rejected(String reason) {
      return new ClusterException(
          "the API server at " + client.getMasterUrl() + " rejected the credentials of context '"
              + context + "'" + reason);
    }

    private String base() {
      String base = client.getMasterUrl().toString();
      return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private String url(ClusterKind kind, String namespace, String token) {
      StringBuilder url = new StringBuilder(base()).append(kind.path(namespace));
      url.append("?limit=").append(options.pageSize());
      if (token != null) {
        url.append("&continue=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
      }
      return url.toString();
    }

    /** Streams the list: items become resources one by one; the page itself is never a tree. */
    private Page readPage(ClusterKind kind, InputStream body) {
      String continueToken = null;
      try (JsonParser parser = items.createParser(body)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new ClusterException("the API server sent something that is not a list");
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          if (field.equals("items") && parser.currentToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              JsonNode item = items.readTree(parser);
              if (item instanceof ObjectNode object) {
                accept(kind, object);
              }
            }
          } else if (field.equals("metadata") && parser.currentToken() == JsonToken.START_OBJECT) {
            JsonNode metadata = items.readTree(parser);
            continueToken = metadata.path("continue").asString(null);
          } else {
            parser.skipChildren();
          }
        }
      }
      return new Page(continueToken);
    }

    private void accept(ClusterKind kind, ObjectNode item) {
      ObjectNode object = cleaner.clean(kind, item);
      JsonNode metadata = object.path("metadata");
      String name = metadata.path("name").asString("");
      String namespace = kind.namespaced() ? metadata.path("namespace").asString(null) : null;
      if (kind.namespaced() ? !options.includes(namespace) : isExcludedNamespace(kind, name)) {
        return;
      }
      ObjectRef ref = new ObjectRef(kind.apiVersion(), kind.kind(), namespace, name);
      SourceMap noPositions = SourceMap.builder(origin(context, namespace, kind.kind(), name)).build();
      resources.add(new Resource(ref, object, 0, noPositions));
    }

    /** A Namespace object follows the namespace filters too. */
    private boolean isExcludedNamespace(ClusterKind kind, String name) {
      return kind.group().isEmpty() && kind.kind().equals("Namespace") && !options.includes(name);
    }

    private void warn(ClusterKind kind, String namespace, String message) {
      diagnostics.add(Diagnostic.warning(kindLocation(kind, namespace), message));
    }

    /** A warning, not an error: the credentials are what they are, the rest can still be read. */
    private void denied(ClusterKind kind, String namespace, String message) {
      warn(kind, namespace, message);
      unreadable.merge(kind.kind(), message, (a, b) -> a + "; " + b);
    }

    /** A kind that failed is also unreadable: checks must not judge from what is missing. */
    private void error(ClusterKind kind, String namespace, String message) {
      diagnostics.add(Diagnostic.error(kindLocation(kind, namespace), message));
      unreadable.merge(kind.kind(), message, (a, b) -> a + "; " + b);
    }

    private Location kindLocation(ClusterKind kind, String namespace) {
      return Location.ofFile(
          "cluster://" + context + "/" + (namespace == null ? "" : namespace + "/") + kind.kind());
    }

    private ClusterException unreachable(Throwable cause) {
      String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return new ClusterException(
          "cannot reach the API server at " + client.getMasterUrl() + " (context '" + context + "'): "
              + detail,
          cause);
    }
  }

  private static String scope(String namespace) {
    return namespace == null ? "" : " in namespace " + namespace;
  }

  /** The server's own explanation from a Status body, if it sent one. */
  private static String statusMessage(InputStream body) {
    try {
      JsonNode status = JSON.readTree(body);
      String message = status == null ? "" : status.path("message").asString("");
      return message.isEmpty() ? "" : " (" + message + ")";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private record Page(String continueToken) {}

  /** A LIST whose continue token the server no longer honours (410 Gone, reason Expired). */
  private static final class ExpiredList extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    ExpiredList(String reason) {
      super(reason, null, false, false);
      this.reason = reason;
    }
  }
}
