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

extension TimelineView.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": date
        case "isoDate": isoDate
        case "engagement": engagement
        case "title": title
        case "href": href
        case "who": who
        default: nil
        }
    }
}

extension TimelineView.Mark: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "x": x
        case "y": y
        case "width": width
        case "bar": bar
        case "diamond": diamond
        case "points": points
        default: nil
        }
    }
}

extension MatrixView.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "asked": asked
        case "several": several
        case "mark": mark
        case "documents": documents
        case "description": description
        default: nil
        }
    }
}

extension MatrixView.DocumentLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href;
        case "date": date;
        case "title": title;
        default: nil
        }
    }
}

extension MatrixView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "organization": organization;
        case "total": total;
        case "cells": cells;
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
