package vn.hcc.bot.app.admin.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.AdminPaths;

/** Reading the audit trail (administrators only). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
public class AuditController {
  private final AuditLog audit;

  public AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping({AdminPaths.API + "/audit", AdminPaths.CONSOLE_API + "/audit"})
  List<JsonNode> recent(@RequestParam(name = "limit", defaultValue = "200") int limit,
      @RequestParam(name = "q", required = false) String q) {
    return audit.recent(Math.max(1, Math.min(limit, 2000)), q);
  }
}
