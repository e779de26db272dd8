import Mustache

// The records a page repeats by the hundred answer templates by name
// (`MustacheParent`) instead of through reflection, which was most of the
// time an issue page of a 2,000-document corpus took (docs/serve.md).
// Each list names the stored properties the type declares.

extension Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href;
        case "text": text;
        default: nil
        }
    }
}

extension DocumentRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "date": date
        case "isoDate": isoDate
        case "kind": kind
        case "organizations": organizations
        case "issues": issues
        default: nil
        }
    }
}

extension EventRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "date": date
        case "isoDate": isoDate
        case "kind": kind
        case "participants": participants
        case "place": place
        case "documentCount": documentCount
        default: nil
        }
    }
}

extension HighlightedText.Segment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text;
        case "mark": mark;
        default: nil
        }
    }
}

extension SearchRoutes.Result: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "row": row;
        case "snippet": snippet;
        default: nil
        }
    }
}

// The issue page, the largest browse page: its own fields, the matrix's and
// the timeline's, and the layout around every page.

extension RecordRoutes.IssuePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "keywords": keywords
        case "demands": demands
        case "matrix": matrix
        case "timeline": timeline
        case "documentCount": documentCount
        case "searchHref": searchHref
        case "brief": brief
        default: nil
        }
    }
}

extension RecordRoutes.DemandRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        case "id": id
        case "talkingPoint": talkingPoint
        case "status": status
        case "voices": voices
        case "searchHref": searchHref
        default: nil
        }
    }
}

extension MatrixView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "columns": columns;
        case "rows": rows;
        default: nil
        }
    }
}

extension MatrixView.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label;
        case "href": href;
        case "organizations": organizations;
        default: nil
        }
    }
}

// The figure's coordinates are printed to a tenth of a unit (`TimelineView.coordinate`), not as a Double's 17 digits.
extension TimelineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "list": list
        case "lanes": lanes
        case "marks": marks
        case "ticks": ticks
        case "width": TimelineView.coordinate(width)
        case "height": TimelineView.coordinate(height)
        case "plotLeft": TimelineView.coordinate(plotLeft)
        case "plotRight": TimelineView.coordinate(plotRight)
        case "axisY": TimelineView.coordinate(axisY)
        case "hasFigure": hasFigure
        default: nil
        }
    }
}

extension TimelineView.Lane: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "y": TimelineView.coordinate(y)
        case "textY": TimelineView.coordinate(textY)
        case "left": TimelineView.coordinate(left)
        case "right": TimelineView.coordinate(right)
        default: nil
        }
    }
}

extension TimelineView.Tick: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "x": TimelineView.coordinate(x);
        case "y": TimelineView.coordinate(y);
        case "label": label;
        default: nil
        }
    }
}

extension BriefForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": action
        case "pdf": pdf
        case "json": json
        case "csv": csv
        case "period": period
        case "lookback": lookback
        case "defaultLookback": defaultLookback
        case "noun": noun
        default: nil
        }
    }
}

extension PageRenderer.Layout: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "content": content
        case "nav": nav
        case "banner": banner
        case "corpusSummary": corpusSummary
        default: nil
        }
    }
}

extension PageRenderer.NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href;
        case "text": text;
        case "current": current;
        default: nil
        }
    }
}

// The search page: its form's choices, its results and their snippets.

extension SearchRoutes.SearchPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "q": q
        case "issues": issues
        case "organizations": organizations
        case "years": years
        case "kinds": kinds
        case "searched": searched
        case "found": found
        case "results": results
        case "pagination": pagination
        default: nil
        }
    }
}

extension SearchRoutes.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value;
        case "label": label;
        case "selected": selected;
        default: nil
        }
    }
}

extension SearchRoutes.SnippetPart: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text;
        case "found": found;
        default: nil
        }
    }
}

extension Pagination: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "pages": pages
        case "previous": previous
        case "next": next
        case "summary": summary
        case "isPaged": isPaged
        default: nil
        }
    }
}
