package vn.hcc.bot.app.admin.support;

import java.util.List;

/** Input that breaks the rules; answered as 400 with every problem so that all can be fixed at once. */
public class InvalidInput extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidInput(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(field + ": " + message, List.of(new FieldError(0, field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
