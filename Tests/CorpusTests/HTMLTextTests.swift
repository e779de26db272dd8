import Testing

@testable import Corpus

/// Raw HTML in a document body is read by libxml2, as ingest reads pages:
/// named entities decoded, attributes never printed, every word kept.
@Suite struct HTMLTextTests {
    @Test func namedEntitiesAreDecodedAndAttributesDropped() {
        #expect(HTMLText.strip("<p title=\"a > b\">Caf&eacute; &mdash; d&eacute;tenus</p>") == "Café — détenus")
        #expect(HTMLText.strip("<div data-x='1>2'>text</div>") == "text")
    }

    @Test func wordsInAnyElementAreKeptButScriptsAndStylesAreNot() {
        #expect(
            HTMLText.strip("<nav>menu</nav><aside>note</aside><style>p{}</style><script>x()</script><p>body</p>")
                == "menu note body")
    }

    @Test func closedCommentsAreDroppedAndAnUnclosedOneIsText() {
        #expect(HTMLText.strip("<p>a<!-- hidden -->b</p>") == "ab")
        #expect(HTMLText.strip("<p>a</p><!-- never closed <p>b</p>") == "a <!-- never closed b")
    }
}
