package io.roster.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns failures in a console page into a redirect to an error page (also for Ajax requests): an
 * expired or forged view state to {@code /errors/expired.xhtml}, anything else, logged with a
 * reference number, to {@code /errors/500.xhtml}. Redirecting avoids re-posting the failed form.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {
  private static final Logger LOG =
      Logger.getLogger(ConsoleExceptionHandlerFactory.class.getName());

  public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      if (events.hasNext() && !context.getExternalContext().isResponseCommitted()) {
        Throwable failure = events.next().getContext().getException();
        String page;
        if (causedBy(failure, ViewExpiredException.class)) {
          page = "/errors/expired.xhtml";
        } else {
          String reference = UUID.randomUUID().toString().substring(0, 8);
          LOG.log(Level.WARNING, "Console failure, reference " + reference, failure);
          page = "/errors/500.xhtml?reference=" + reference;
        }
        events.remove();
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        redirect(context, page);
        return;
      }
      super.handle();
    }

    private static void redirect(FacesContext context, String page) {
      ExternalContext external = context.getExternalContext();
      try {
        external.redirect(external.getRequestContextPath() + page);
        context.responseComplete();
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        if (type.isInstance(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
