package vn.hcc.bot.app.admin.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Admin-specific failures. Runs before the general API handler, whose catch-all would otherwise
 * turn a role check into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminErrorHandler {

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInput e) {
    var body = new LinkedHashMap<String, Object>();
    body.put("error", e.getMessage());
    body.put("errors", e.errors());
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("error", "your role does not allow this; ask an administrator"));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooBig(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(Map.of("error", "the file is too large: at most 20 MB"));
  }
}
