package vn.hcc.bot.app.admin.users;

/**
 * What a user may do. Roles nest (see the role hierarchy in SecurityConfiguration): an ADMIN can do
 * everything an EDITOR can, an EDITOR everything a VIEWER can.
 */
public enum Role {
  /** Everything, including users and the audit trail. */
  ADMIN,
  /** The knowledge base, the unanswered inbox and tickets. */
  EDITOR,
  /** Reports only. */
  VIEWER;

  public static Role parse(String text) {
    if (text != null) {
      for (Role r : values()) {
        if (r.name().equalsIgnoreCase(text.strip())) {
          return r;
        }
      }
    }
    return null;
  }
}
