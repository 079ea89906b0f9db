package vn.hcc.bot.app.admin.kb;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.AdminPaths;

/** Versions of the knowledge base: list, diff two, roll back to one. */
@RestController
@RequestMapping({AdminPaths.API + "/versions", AdminPaths.CONSOLE_API + "/versions"})
@PreAuthorize("hasRole('EDITOR')")
public class VersionController {
  private final VersionLog log;
  private final VersionService service;

  public VersionController(VersionLog log, VersionService service) {
    this.log = log;
    this.service = service;
  }

  /** Newest first; version 0 is the base as loaded before the first recorded change. */
  @GetMapping
  List<VersionInfo> list() {
    var out = new java.util.ArrayList<>(log.list());
    java.util.Collections.reverse(out);
    return out;
  }

  @GetMapping("/diff")
  Map<String, Object> diff(@RequestParam("from") int from, @RequestParam("to") int to) {
    return service.diff(from, to);
  }

  @PostMapping("/{version}/rollback")
  EditResult rollback(@PathVariable("version") int version) {
    return service.rollback(version);
  }
}
