package io.roster.scim.schema;

/** An extension schema a resource type accepts, and whether resources must carry it. */
public record SchemaExtension(Schema schema, boolean required) {}
