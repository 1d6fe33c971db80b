/**
 * The pacta-dataset/v1 document: import (all or nothing, through the registry's rules) and
 * export (JSON, byte-stable; CSV).
 */
package org.pacta.core.dataset;
