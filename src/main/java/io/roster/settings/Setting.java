package io.roster.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One named application setting, shared by every node through the database. */
@Entity
@Table(name = "setting")
public class Setting {
  @Id
  @Column(name = "name")
  private String name;

  @Column(name = "value", nullable = false)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Setting() {}

  public Setting(String name, String value) {
    this.name = name;
    update(value);
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public void update(String newValue) {
    this.value = newValue;
    this.updatedAt = OffsetDateTime.now();
  }
}
