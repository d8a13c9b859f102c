/**
 * The SCIM 2.0 protocol (RFC 7643, RFC 7644) as an island: its subpackages import no feature, no
 * JPA and no Faces, and outside {@code scim.http} nothing of JAX-RS. Nothing is declared here.
 */
package io.roster.scim;
