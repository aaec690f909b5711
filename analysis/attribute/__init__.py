"""Attribute every unit of a document to its speaker, and find the actors it is about.

The rules, in the order they are tried for a sentence of an article:

1. "X quoted Y as saying …" -> Y, relayed by X.
2. Speech-act verbs outside quotation marks, with their subject on the left
   ("Lavrov said", "Russia's top diplomat accuses", "the defence ministry this week
   insisted") or, after a quotation, on the right ('"…," argues journalist Konstantin Eggert').
   Two of them in one sentence are relayed speech: "Price said Blinken reiterated …" and
   "Blinken reiterated …, Price said" both give Blinken, reported by Price. A name
   followed by a quotation that opens with a speech verb (Blinken "underscored that …")
   counts as that name's verb.
3. "X was (widely) quoted arguing …".
   Not a verb in the outlet's question ("What did Trump say?"), in an aside between
   dashes or brackets, or "threatened" with a concrete object (an act). A speech
   participle of the main clause (", saying …") and a second verb after "and"/"but" belong
   to the sentence's subject.
4. "according to X", ", per X"; a quotation hiding its tail behind inner quotation marks;
   a credit after a dash ('“…” ― Name') or an embedded post ('— Name (@handle)').
5. A quotation after a colon with no speech verb (:mod:`.introduced`): a label ('Rep. Jane
   Roe (D-Ohio): "…"'), the verb first ('Said Roe: "…"'), a clause announcing it ('Roe made
   the following comment: "…"'; 'Roe released this statement:' and the quoted paragraph
   after it); else quoted words in the predicate of a verb no list has ('Roe has been
   pounding Doe as a "pier wrecker"'), not a title or a "so-called" name.
6. A quotation with no attribution of its own right after an attributed statement
   continues that speaker.
7. Otherwise the outlet's own sentence: (narrator).

A quotation's tail that describes its speaker without a name ('"…," said a former senior
official') is that description's unnamed source; verbs of the manner of saying (sang,
chanted, posted …) are speech only next to a quotation. A sentence that opens with a
quotation and names its speaker after it keeps the quotations that open a clause as the
speaker's words, the frame between them the outlet's ('"…," said Roe, a lawyer who …, "…"').
A question or exclamation cut off from its tail by the sentence splitter ('"Why?" Doe
demanded.') takes the tail's speaker (:func:`.quotes._carry_back_tail_frames`).

A statement attributed with a verb that adds nothing to what is said (``frame_verbs``) is
the speaker's own words only, the frame left out (:func:`own_words_span`).

Subjects resolve, in order, to: a pronoun's antecedent (the last speaker), a person named
in this document or the registry ("Mr Eggert" -> Konstantin Eggert), a role description
("Russia's top diplomat", "the foreign minister", "State Department spokesperson") bound in
this document or held on the document's date in the registry, a state or institution
("Ukraine", "the Kremlin", "the defence ministry" of the state in context), a national
group ("Russian officials" -> Russia) or an unnamed source ("(unnamed commentator)"); he
and she skip people of the other gender; a description ("the senator") binds to the one
person the document gave that title; a role with no country in view is the first of the
document's own people who held it, else unnamed. An office capitalised alone after "the",
as official documents write it ("The Minister said", "…, said the High Commissioner"),
reads as the lower-case description (:func:`.resolve._office_lowered`); not an outlet's or
an institution's name ("The Economist", "The Court").

Names the registry lacks are learned per document (:class:`DocumentActors`), only with
evidence that they name a person or an organisation, and a near-identical spelling of a
registry person is that person: a document's output depends on its text, its metadata and
the registry files alone.

Transcript turns belong to their label's speaker, a speech with a known speaker to that
speaker, reader comments to their author (or "(unknown commenter)").

The package, by stage:

- :mod:`.cues` the cue words (speech verbs, heads of sources, labels) from the data file;
  :mod:`.patterns` the patterns and closed word lists;
- :mod:`.speaker` :class:`Speaker` and the shared rules about speakers;
- :mod:`.names` names learned per document; :mod:`.document_actors` the registry as one document
  sees it, its learned names and near-identical spellings;
  :mod:`.evidence` the evidence in a document's text that a name is a person's;
  :mod:`.context` what is known about the document while reading it;
  :mod:`.roles` role descriptions bound and resolved;
- :mod:`.subjects` the subject phrase of a verb; :mod:`.appositives` a subject set apart from its
  verb by an appositive or a relative clause; :mod:`.resolve` a subject -> its speaker
  (pronouns, names, roles, institutions, unnamed sources), by :mod:`.resolve_names` (the names in
  it) and :mod:`.resolve_roles` (what it describes); :mod:`.place_names` given names that are
  also places; :mod:`.orgs` organisations a document names, for the common nouns that later stand
  for them; :mod:`.described_bodies` "the Pier Workers union said"; :mod:`.pollsters` a one-word
  pollster before its poll ("a Pierpoll poll shows"); :mod:`.coordinated_names` "Roe, Doe and
  Vale said" and :mod:`.with_others` "Roe and his aides say" as one subject; :mod:`.sources` documents, polls and
  organisations as sources, "according to" a description, clause-only verb forms;
  :mod:`.group_sources` unnamed groups and a poll's share of a group; :mod:`.source_vocab` the
  word lists they read; :mod:`.pronouns` "he"/"she"/"it" to their antecedents (with
  :mod:`.kin_appositives` "his wife, Jane, …" as a woman in view) and
  :mod:`.plural_antecedents` "they" to a group of people or an institution in view;
  :mod:`.described` the subject of a plain verb of saying that nothing names, by its head noun
  ("a wide range of economists say" -> "(unnamed economists)"); :mod:`.epithets` such a definite
  description bound to the one person or body the document described so ("Ben Roe, a retired
  neurosurgeon" … "the retired neurosurgeon said"), a state-qualified one ("the Vermont senator")
  to no one the text puts with another state; :mod:`.outlet_subjects` the subject of the outlet's
  own sentence, the antecedent of a following "he";
- :mod:`.quotes` quotation marks and the quoted parts of a sentence; :mod:`.introduced`
  quotations after a colon and in a predicate, :mod:`.described_colons` after a colon whose clause
  parts subject and verb ("Roe, exasperated, responded:") or that closes on a person's name
  ("… surprise pollster Jane Roe:"); :mod:`.reported` one sentence's
  reported speech, choosing among its readings, with :mod:`.according_readings` ("according to X",
  a poll's figures), :mod:`.document_owners` ("according to his memoir": his),
  :mod:`.according_spans` a source set off inside a sentence ("In addition, according to X, …",
  "…, as the Gazette reported, …") and the clause it credits, :mod:`.poll_adjuncts` ("… in a new Pier News poll"), :mod:`.party_tags`
  ("(D-Ohio)" read as blank), :mod:`.tail_reports` ("Doe plans to run, Roe said") and
  :mod:`.nested_reports` a report inside another's; :mod:`.headlines` a headline's own forms;
  :mod:`.posts` an embedded post and its credit line; :mod:`.asked_tails` '"Why?" Roe repeated.'
  as the tail of the quotation before it; :mod:`.clauses` a sentence cut in two before two
  clauses that report two people's words; :mod:`.subordinate_reports` a report in a subordinate clause after
  a main clause that reports nobody ("…, when she claimed that …"); :mod:`.quotation_tails` a quotation's own tail ('"…," Doe
  started.', '"…," it read.') and the side a group takes ("a super PAC backing Roe");
  :mod:`.verb_subjects` the speaker of one speech verb (subject left or right); :mod:`.verb_senses`
  whether a verb is speech where it stands (not a passive, a participle, a noun, an aside, an
  act on an object, the outlet's question); :mod:`.base_forms`
  where a verb's base form is a verb ("Democrats call for …", not "the call for …");
  :mod:`.mentions` where a source is named in its sentence;
  :mod:`.labels` transcript labels; :mod:`.turns` a sentence of a labelled turn (its label's
  speaker, a stage direction, a reporter's "Q —" line, "I think …" as its own mention);
  :mod:`.frames` reporting frames, :mod:`.frame_rows` which of them stay statements,
  :mod:`.sentence_rows` a speaker's words of several sentences as a statement per sentence,
  :mod:`.frame_openings` the openings at their edges, :mod:`.listeners` a verb's listener and the
  adjuncts after a tail frame's verb,
  :mod:`.complements` what a verb of naming calls its object; :mod:`.tails` where the
  speaker's words end; :mod:`.periphrases` "went on to warn" read as "warned";
  :mod:`.stance_periphrases` "made the case that", "has been critical of", "spoke warmly of" read as
  the plain verb; :mod:`.opening_participles` "Citing a poll, Roe said …" (the participle's words
  are the main speaker's); :mod:`.possessive_reports` "Roe's claim that …", "his promise to …" in
  the outlet's sentence;
  :mod:`.negation` a reporting verb under negation ("did not say whether …"); :mod:`.bare_frames`
  verbs that report nothing ("Roe added:", "Roe wouldn't say.", "maintains a wide lead");
- :mod:`.own_words` which words of a reported sentence are the speaker's own (its frame left
  out, a second report split off: :mod:`.second_reports`; a sentence kept whole read from its
  verb on: :mod:`.kept_whole`); :mod:`.relative_reports` the report of a relative clause after
  the speaker's mention ("Roe, who said …,") its own statement; :mod:`.driver` :func:`attribute`,
  one document's statements.
"""
from __future__ import annotations

from .context import DocContext
from .cues import Vocab, vocab
from .driver import attribute
from .frames import _frame_parts, _frame_statement, _mark_learned, own_words_span
from .labels import label_speaker
from .document_actors import DocumentActors, _registry_variants
from .names import _LowerCase, _memo, _person_tokens, learn_names
from .patterns import *  # noqa: F403  (the patterns and word lists, as before the split)
from .patterns import CAPSEQ_RE, GENDERED, HONORIFIC_WORDS, NON_NAME_WORDS
from .quotes import _carry_back_open_quotes, _mask_quotes, _mostly_quote, _open_quote
from .reported import sentence
from .resolve import resolve, resolve_pronoun
from .resolve_roles import _context_state
from .roles import _held, _strip_possessive_country, bind_role, resolve_role
from .speaker import (_NO, NARRATOR_SPEAKER, REPORTER, REPORTER_LINE_RE, Speaker, _unpossess, is_person_kind,
                      is_registry_person)
from .subjects import _head_and_rest, _parenthetical, _subject_left, _subject_right, _subordinate

__all__ = ["attribute", "DocContext", "DocumentActors", "Speaker", "Vocab", "vocab", "own_words_span",
           "sentence", "resolve", "resolve_pronoun", "label_speaker", "learn_names", "resolve_role", "bind_role",
           "is_person_kind", "is_registry_person", "CAPSEQ_RE", "GENDERED", "HONORIFIC_WORDS", "NON_NAME_WORDS",
           "NARRATOR_SPEAKER", "REPORTER", "REPORTER_LINE_RE"]
