package vn.hcc.bot.app.channel;

import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.web.ApiError;
import vn.hcc.bot.channel.ChannelAdapter;
import vn.hcc.bot.channel.WebhookResponse;

/**
 * {@code POST /webhooks/{channel}}: hands the raw body bytes and headers to that channel's adapter,
 * which verifies, acknowledges and queues the turn. A new platform adds an adapter bean, not code here.
 */
@RestController
public class WebhookController {
  private final Map<String, ChannelAdapter> adapters = new TreeMap<>();

  public WebhookController(List<ChannelAdapter> adapters) {
    adapters.forEach(a -> this.adapters.put(a.id(), a));
  }

  @PostMapping("/webhooks/{channel}")
  ResponseEntity<String> receive(@PathVariable("channel") String channel,
      @RequestBody(required = false) byte[] body, HttpServletRequest request) {
    ChannelAdapter adapter = adapters.get(channel);
    if (adapter == null) {
      throw ApiError.notFound("channel '" + channel + "' is not configured");
    }
    WebhookResponse res = adapter.onWebhook(headers(request), body == null ? new byte[0] : body);
    return ResponseEntity.status(res.status()).contentType(MediaType.APPLICATION_JSON).body(res.body());
  }

  private static Map<String, String> headers(HttpServletRequest request) {
    Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String n = names.nextElement();
      out.put(n, request.getHeader(n));
    }
    return out;
  }
}
