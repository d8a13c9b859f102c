package io.roster.console;

import io.roster.role.AccessLevel;
import io.roster.role.RoleService;
import io.roster.user.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code console/users.xhtml?q=&page=}: searched and paged in SQL (a page costs the same with 10 or
 * 100,000 users); effective access from the same service as {@code /api/access/{userName}}.
 */
@Named
@RequestScoped
public class UsersBacking {
  static final int PAGE_SIZE = 25;

  @Inject UserDirectory directory;
  @Inject RoleService roles;

  private String q;
  private int page = 1;
  private UserDirectory.Page result;
  private List<Row> rows;

  public record Row(UserDirectory.Summary user, Map<String, AccessLevel> access) {
    /** Only the areas with some access, the others are "none". */
    public List<Map.Entry<String, AccessLevel>> getGranted() {
      return access.entrySet().stream().filter(e -> e.getValue() != AccessLevel.NONE).toList();
    }
  }

  public void load() {
    page = Pager.clamp(page);
    result = directory.search(q, Pager.offset(page, PAGE_SIZE), PAGE_SIZE);
    if (result.users().isEmpty() && result.total() > 0) {
      page = Pager.lastPage(result.total(), PAGE_SIZE);
      result = directory.search(q, Pager.offset(page, PAGE_SIZE), PAGE_SIZE);
    }
    Map<UUID, Map<String, AccessLevel>> access =
        roles.accessOf(result.users().stream().map(UserDirectory.Summary::id).toList());
    rows =
        result.users().stream()
            .map(u -> new Row(u, access.getOrDefault(u.id(), Map.of())))
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Pager getPager() {
    return new Pager(page, PAGE_SIZE, result.total());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
