package vn.hcc.bot.channel.zalo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of a webhook event we read. Ids stay strings: Zalo sends them as strings and they can
 * exceed what a double holds (§1.2). Message events carry {@code sender}/{@code message};
 * follow/unfollow carry {@code follower} instead (§1.5).
 */
record ZaloEvent(
    String eventName,
    String appId,
    String timestamp,
    String senderId,
    String followerId,
    String msgId,
    String text) {

  /** @throws tools.jackson.core.JacksonException when the body is not JSON */
  static ZaloEvent parse(byte[] rawBody) {
    JsonNode root = JsonMapper.shared().readTree(rawBody);
    JsonNode message = root.path("message");
    return new ZaloEvent(
        value(root, "event_name"),
        value(root, "app_id"),
        value(root, "timestamp"),
        value(root.path("sender"), "id"),
        value(root.path("follower"), "id"),
        value(message, "msg_id"),
        value(message, "text"));
  }

  /** The user the event is about: the sender of a message, or the (un)follower. */
  String userId() {
    return senderId != null ? senderId : followerId;
  }

  private static String value(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asString() : null;
  }
}
