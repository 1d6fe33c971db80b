/**
 * C2SP signed notes (signed-note) with Ed25519 keys, in the key and note formats of Go's
 * {@code golang.org/x/mod/sumdb/note}, so Go and Python tools can use Pacta's keys and notes:
 * key strings ({@code PRIVATE+KEY+…} and verifier keys), key ids, note parsing and formatting,
 * signing, verification by the spec's rules, and the timestamped tlog-cosignature/v1 signature
 * type (0x04). Depends on the JDK (its Ed25519 provider) and the root package only.
 */
package org.pacta.log.note;
