"""What the nightly job's workers hand back to the store: statements with what the document
taught about a name, as an ingest stores them."""
from analysis.model import Document
from analysis.rescore import analyse_batch


def test_a_rescored_document_keeps_what_it_taught_about_a_name():
    """A person the document introduces with their state ("Nigerian ... minister Dubem
    Oniya") reaches the store's actor table with that state after a rescore, as after an
    ingest: the worker keeps the learned kind and state on the statements."""
    doc = Document(doc_id="d1", source="d1.txt",
                   text='Nigerian junior foreign minister Dubem Oniya said on Monday that "we will not '
                        'accept this". He added that talks would continue.')
    [(doc_id, sts)] = analyse_batch([doc])
    assert doc_id == "d1"
    said = [s for s in sts if s.speaker == "Dubem Oniya"]
    assert said
    assert all(s.extra.get("learned", {}).get("Dubem Oniya") == ("person", "Nigeria") for s in said)
    narr = [s for s in sts if s.speaker.startswith("(")]
    assert all("learned" not in s.extra for s in narr)
