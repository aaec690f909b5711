#!/usr/bin/env python3
"""How bench/escalation/corpus_annotations.jsonl was sampled (kept to reproduce it).

usage: python bench/escalation/sample_statements.py STATEMENTS_CSV OUT_JSONL [--seed N --act N --rest N --exclude JSONL]

STATEMENTS_CSV is `stancewatch export statements` of a store made by
`stancewatch ingest ../shared/corpus` (main at eb72c68). A reproducible stratified sample
(seed 16): per document type (briefings and press conferences, UN speeches, news, comment
threads) 55 statements holding an act word (ACT below: both directions) and 25 without,
of 3 words to 600 characters, spam left out. The score columns are not written, so the
labels were written from the text alone, before any score was seen. Nothing of the
corpus goes into the project: the annotation file keeps file names and offsets only.

Batch 2 (100 statements, labelled blind after the batch-1 rules had been written, to test
whether they carry over): `--seed 1602 --act 17 --rest 8 --exclude corpus_annotations.jsonl`
on the statements of main at df8082a (the same proportion of act-word statements as batch 1,
none that overlaps a batch-1 annotation).
Batch 3 (100 more, blind, after batches 1 and 2 had been read for misses): `--seed 1603 --act 17
--rest 8 --exclude corpus_annotations.jsonl` on the statements of main at 06f5d48.
Batch 4 (100 more, blind, drawn as batch 3): `--seed 1604 --act 17 --rest 8 --exclude
corpus_annotations.jsonl` on the statements of main at 6791213.
Batch 5 (100 more, blind, drawn as batch 4): `--seed 1605 --act 17 --rest 8 --exclude
corpus_annotations.jsonl` on the statements of main at 6791213.
Batch 6 (100 more, blind, drawn as batches 4 and 5, after rounds 1-3 of rules had been written
on batches 1-5): `--seed 1606 --act 17 --rest 8 --exclude corpus_annotations.jsonl` on the
statements of integ at 7e5fe2f.
Batch 7 (100 more, blind, drawn as batch 6, while the rules were rewritten after batches 1-6
had been read): `--seed 1607 --act 17 --rest 8 --exclude corpus_annotations.jsonl` on the
statements of main at 7f00369.
Batch 8 (100 more, blind, drawn as batch 7, while the rules were still being rewritten):
`--seed 1608 --act 17 --rest 8 --exclude corpus_annotations.jsonl` on the statements of annot7 at
dfda3e6 (main at 7f00369 plus the batch-7 labels; the statements are main's).
Batches 9 and 10: seeds 1609 and 1610 on the statements of main at 3341ffa.
Batches 11 and 12: seeds 1611 and 1612 on the statements of main at 8bf9ece, batch 12
excluding batch 11 too; by batch 12 only 9 comment statements with an act word were left,
so its comments are those 9 and 16 without one (see the stratum note below).
Batch 13: seed 1613 on the statements of main at 720823f, excluding batches 1-12; no comment
statement with an act word was left, so its 25 comments are all without one.
Batch 14: seed 1614 on the statements of main at b657cc4, excluding batches 1-13; as for batch 13,
its 25 comments are all without an act word.
"""
import argparse, csv, json, random, re, sys
ACT = re.compile(r"\b(threat\w*|warn\w*|ultimat\w*|demand\w*|accus\w*|condemn\w*|denounc\w*|reject\w*|refus\w*|"
    r"sanction\w*|expel\w*|mobili[sz]\w*|attack\w*|strik\w*|struck|invad\w*|bomb\w*|shell\w*|retaliat\w*|respond\w*|"
    r"urg\w*|call\w* (?:on|for)|appeal\w*|offer\w*|agree\w*|sign\w*|prais\w*|thank\w*|welcom\w*|reassur\w*|"
    r"den(?:y|ies|ied)|withdr[ae]w\w*|eas\w*|lift\w*|negotiat\w*|talks|dialogue|cooperat\w*|support\w*|help\w*|"
    r"ready|will not|won't|never|must|protest\w*|criticis\w*|criticiz\w*|blam\w*|punish\w*|destroy\w*|kill\w*|"
    r"aggress\w*|provocat\w*|ceasefire|cease-fire|peace\w*|war)\b", re.I)
def group(src):
    t = src.split('_')[1] if '_' in src else ''  # (a store with the seeds too: not the corpus)
    return {'transcript-whitehouse':'briefing','transcript-kremlin':'briefing','rawpage-kremlin':'briefing',
            'article-whitehouse-quotes':'news','article-news':'news','speech-ungdc':'speech',
            'comments-reddit':'comments'}.get(t)
ap = argparse.ArgumentParser()
ap.add_argument('csv'); ap.add_argument('out')
ap.add_argument('--seed', type=int, default=16); ap.add_argument('--act', type=int, default=55)
ap.add_argument('--rest', type=int, default=25); ap.add_argument('--exclude')
args = ap.parse_args()
taken = {}
for line in (open(args.exclude, encoding='utf-8') if args.exclude else ()):
    a = json.loads(line)
    taken.setdefault(a['source'], []).append((a['char_start'], a['char_end']))
def overlaps(r):
    s, e = int(r['char_start']), int(r['char_end'])
    return any(min(e, e2) > max(s, s2) for s2, e2 in taken.get(r['source'].rsplit('/', 1)[-1], ()))
rows = [r for r in csv.DictReader(open(args.csv, encoding='utf-8')) if r['section'] != 'spam'
        and 3 <= len(r['text'].split()) and len(r['text']) <= 600 and not overlaps(r)]
rng = random.Random(args.seed)
out = []
for g in ('briefing', 'speech', 'news', 'comments'):
    pool = [r for r in rows if group(r['source']) == g]
    act = [r for r in pool if ACT.search(r['text'])]
    rest = [r for r in pool if not ACT.search(r['text'])]
    # a stratum the earlier batches have nearly used up (comment threads' act-word statements
    # by batch 12) gives all it has and the other stratum fills the type's quota; a stratum
    # large enough draws exactly as before, so batches 1-11 are reproduced unchanged
    n_act = min(args.act, len(act))
    if n_act < args.act:
        print(f'{g}: only {len(act)} act-word statements left, {args.act - n_act} more drawn without one',
              file=sys.stderr)
    a = rng.sample(act, n_act); b = rng.sample(rest, args.rest + args.act - n_act)
    for r in a + b:
        out.append({'group': g, 'source': r['source'], 'doc_id': r['doc_id'], 'char_start': int(r['char_start']),
                    'char_end': int(r['char_end']), 'section': r['section'], 'speaker': r['speaker'],
                    'act_verb_stratum': r in a, 'text': r['text']})
rng.shuffle(out)
with open(args.out, 'w', encoding='utf-8') as f:
    for i, o in enumerate(out):
        o['n'] = i
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
