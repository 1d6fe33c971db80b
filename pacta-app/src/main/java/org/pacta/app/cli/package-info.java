/**
 * The pacta command line (picocli): serve, demo, import, export, user, verify, fsck, witness,
 * keygen, sign, extract, import-report, bench. Exit 0 on success, 1 with a one-line reason when the
 * work fails, 2 when the command line is wrong.
 */
package org.pacta.app.cli;
