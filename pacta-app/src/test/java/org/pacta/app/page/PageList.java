package org.pacta.app.page;

import java.util.List;

/** Every page of the demo dataset the tests visit: each list, and at least one item of each kind. */
final class PageList {

    static final List<String> DEMO = List.of("/", "/search?q=nato", "/parties", "/parties/russia",
            "/parties/nato", "/parties/nato?on=1997-05-27", "/parties/ussr", "/instruments",
            "/instruments/us-russia-treaty-2021", "/instruments/nato-russia-agreement-2021",
            "/instruments/two-plus-four-1990", "/instruments/us-russia-treaty-2021/diff", "/tracks",
            "/tracks/geneva-ssd", "/tracks/nato-russia-council", "/tracks/osce-permanent-council", "/commitments",
            "/commitments?form=ORAL", "/commitments?party=russia&from=1990&to=1999",
            "/commitments/us-ussr-1990-02-09-baker", "/commitments/frg-2plus4-art5-para3", "/allegations",
            "/allegations?finding=DISPUTED", "/allegations/ru-us-budapest-2014", "/allegations/us-ru-budapest-2014",
            "/sources", "/sources?kind=OFFICIAL_TEXT", "/sources/rt-fr-2021-12-22-lavrov",
            "/events/ev-2022-01-26-us-reply", "/timeline", "/timeline?from=1990&to=1991",
            "/timeline?from=2022-01&to=2022-01", "/timeline?from=2021-12-30&to=2021-12-30", "/analysis",
            "/analysis?by=year");

    private PageList() {
    }
}
