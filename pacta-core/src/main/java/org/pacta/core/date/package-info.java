/**
 * Partial and uncertain dates written in EDTF (Library of Congress Extended Date/Time Format, the
 * profile of ISO 8601-1 and ISO 8601-2 at https://www.loc.gov/standards/datetime/): parsing level 0
 * and level 1 expressions into {@link org.pacta.core.date.Edtf} values that know the earliest and
 * latest calendar day they can mean, ordering them on a timeline, filtering them by a day range, and
 * displaying them in English or French without claiming more precision than was written. Level 2 is
 * refused with a message that says so. The package depends on the JDK only, so that every other
 * feature package may use it and none of its rules leak into storage or the web layer.
 */
package org.pacta.core.date;
