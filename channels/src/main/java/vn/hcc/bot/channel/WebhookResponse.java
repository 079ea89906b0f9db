package vn.hcc.bot.channel;

/** What the web layer returns to the platform: an HTTP status and a small JSON body. */
public record WebhookResponse(int status, String body) {

  public static WebhookResponse ok() {
    return new WebhookResponse(200, "{\"ok\":true}");
  }

  public static WebhookResponse unauthorized() {
    return new WebhookResponse(401, "{\"error\":\"unauthorized\"}");
  }

  public static WebhookResponse badRequest(String reason) {
    return new WebhookResponse(400, "{\"error\":\"" + reason.replace("\"", "'") + "\"}");
  }
}
