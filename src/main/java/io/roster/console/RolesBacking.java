package io.roster.console;

import io.roster.role.AccessAreas;
import io.roster.role.AccessLevel;
import io.roster.role.Role;
import io.roster.role.RoleService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code console/roles.xhtml?q=&page=}: pushed groups as roles, searched and paged in SQL, their
 * levels editable in place. The search and page come from the request itself (links and every Save
 * carry them), so a postback decodes the same rows it rendered; a row's Save also sends the role id
 * it was rendered with, so a list that changed meanwhile cannot mix rows up.
 */
@Named
@RequestScoped
public class RolesBacking {
  @Inject RoleService roles;
  @Inject AccessAreas areas;

  static final int PAGE_SIZE = 25;

  private String q;
  private int page;
  private RoleService.RolePage result;
  private List<Row> rows;

  @PostConstruct
  void readRequest() {
    q = RequestParameters.get("q");
    page = Pager.pageNumber(RequestParameters.get("page"));
  }

  /** One role as the form edits it: submitted levels land in {@link #levels}. */
  public static final class Row {
    private final Role role;
    private final Map<String, String> levels = new LinkedHashMap<>();
    private String renderedId;

    Row(Role role) {
      this.role = role;
      role.levels().forEach((area, level) -> levels.put(area, level.wire()));
    }

    public Role getRole() {
      return role;
    }

    public Map<String, String> getLevels() {
      return levels;
    }

    public String getRenderedId() {
      return renderedId == null ? role.id().toString() : renderedId;
    }

    public void setRenderedId(String renderedId) {
      this.renderedId = renderedId;
    }
  }

  public List<Row> getRows() {
    if (rows == null) {
      result = roles.search(q, Pager.offset(page, PAGE_SIZE), PAGE_SIZE);
      if (result.roles().isEmpty() && result.total() > 0) {
        page = Pager.lastPage(result.total(), PAGE_SIZE);
        result = roles.search(q, Pager.offset(page, PAGE_SIZE), PAGE_SIZE);
      }
      rows = result.roles().stream().map(Row::new).toList();
    }
    return rows;
  }

  /** Saves only the areas whose level differs from what is stored now. */
  public void save() {
    String id = RequestParameters.get("roleId");
    Row row = getRows().stream().filter(r -> r.getRenderedId().equals(id)).findFirst().orElse(null);
    Role stored = row == null ? null : roles.get(UUID.fromString(id)).orElse(null);
    if (stored == null) {
      Messages.error("That role no longer exists: its group was deleted in the identity provider.");
      return;
    }
    Map<String, String> changed = new LinkedHashMap<>();
    stored
        .levels()
        .forEach(
            (area, level) -> {
              String wanted = row.levels.get(area);
              if (wanted != null && !wanted.equals(level.wire())) {
                changed.put(area, wanted);
              }
            });
    if (changed.isEmpty()) {
      Messages.info("No change to save for “" + stored.name() + "”.");
      return;
    }
    try {
      Role saved = roles.setAccess(stored.id(), changed).orElseThrow();
      Messages.info("Saved the access of “" + saved.name() + "”.");
      rows = getRows().stream().map(r -> r == row ? new Row(saved) : r).toList();
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  public Pager getPager() {
    getRows();
    return new Pager(page, PAGE_SIZE, result.total());
  }

  public String getQ() {
    return q;
  }

  public int getPage() {
    return page;
  }

  public List<String> getAreas() {
    return areas.all();
  }

  public List<String> getLevels() {
    return Arrays.stream(AccessLevel.values()).map(AccessLevel::wire).toList();
  }
}
