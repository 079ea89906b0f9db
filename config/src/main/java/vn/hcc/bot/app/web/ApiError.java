package vn.hcc.bot.app.web;

import org.springframework.http.HttpStatus;

/** A client mistake with a message that says what to fix; answered as {"error": "..."}. */
public class ApiError extends RuntimeException {
  private final HttpStatus status;

  public ApiError(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public static ApiError badRequest(String message) {
    return new ApiError(HttpStatus.BAD_REQUEST, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(HttpStatus.NOT_FOUND, message);
  }

  public HttpStatus status() {
    return status;
  }
}
