export const MAIN_HELP = `newsfacts: reads English news articles and writes the facts in them as tables.

Usage:
  newsfacts run <inputs...> [options]   process articles into tables
  newsfacts stages                      list the stages a pipeline file can name
  newsfacts eval [DIR] [options]        score the pipeline on fixture articles with gold files
  newsfacts report <output-dir>         write an HTML report of a run into <output-dir>/report/
  newsfacts --help                      this text
  newsfacts run --help                  the options of run
  newsfacts eval --help                 the options of eval
  newsfacts report --help               the options of report

Example:
  newsfacts run fixtures --out output
`;

export const RUN_HELP = `newsfacts run <inputs...> [options]

Reads every input, runs the pipeline on each article and writes the tables into the output folder:
documents.csv, mentions.csv, entities.csv, figures.csv, facts.csv, errors.csv and docs.jsonl.

Inputs:
  file.txt        one article; metadata lines (date, section, headline, byline) may stand at the top
  file.html       a web page; the article is extracted with Mozilla Readability
  file.jsonl      one article a line: {"id", "text", "title"?, "published"?, "url"?}
  folder          every .txt, .html and .jsonl file below it, recursively (other files are counted, not read)
  -               standard input (text, HTML or JSONL, recognised from its first characters)

Options:
  --out DIR          folder to write the tables into (default: output)
                       e.g. --out /tmp/run1
  --pipeline FILE    pipeline file to run (default: the package's pipelines/news.json)
                       e.g. --pipeline pipelines/news.json
  --date YYYY-MM-DD  publication date for articles whose page gives none; relative dates
                     ("yesterday") are resolved against it
                       e.g. --date 2019-04-25
  --format LIST      which outputs to write, comma-separated: csv, jsonl (default: both)
                       e.g. --format csv
  --workers N        threads to process documents on (default: the number of cores); with 1,
                     the main thread does everything; the tables are the same, row for row,
                     whatever N is
                       e.g. --workers 1
  --resume           continue a run that was interrupted (killed, crashed) into the same --out
                     with the same inputs, pipeline and options; without it, a new run starts over
                       e.g. --resume
  --report           also write the HTML report into <out>/report/ (see newsfacts report --help)
                       e.g. --report
  --timings          at the end, print the seconds each stage took, summed over the threads
                     that processed documents (printed even with --quiet)
                       e.g. --timings
  --quiet            no progress bar and no summary
  -h, --help         this text

Exit status: 0 when every document succeeded, 1 when some failed (all others are still written),
2 for a usage error (a bad option, a bad pipeline file).

Example:
  newsfacts run article.txt pages/ batch.jsonl --out /tmp/o --date 2019-04-25
`;

export const EVAL_HELP = `newsfacts eval [DIR] [options]

Runs the pipeline over every article in DIR (default: the package's fixtures/) that has a gold file
(name.gold.json beside name.txt or name.html; one file keyed by doc id for a .jsonl batch), and prints
precision, recall and F1 per layer (metadata, mentions, entities, links, figures, dates, facts) and per
fixture, then what each fixture missed and got wrong, with the evidence sentence of each fact.
The scores are checked against a baseline (scores and the exact items found): when any score is lower,
eval lists what was lost and gained and exits 1.

Options:
  --baseline FILE    baseline to compare with or to write (default: DIR/baseline.json)
  --update           write the baseline from this run (after a person decided the change is good)
  --json             the whole report as JSON on standard output
  --pipeline FILE    pipeline file to evaluate (default: the package's pipelines/news.json)
  -h, --help         this text

Exit status: 0 when no score is below the baseline (or there is none yet, or --update wrote it), 1 when a
score dropped, 2 for a usage error or a gold or baseline file that does not fit its articles.

Examples:
  newsfacts eval
  newsfacts eval my-articles --baseline my-articles/baseline.json
  newsfacts eval my-articles --update
`;

export const REPORT_HELP = `newsfacts report <output-dir> [options]

Writes a static HTML report of a run into <output-dir>/report/ from its docs.jsonl: open
<output-dir>/report/index.html in a browser (no server, no network needed). The index has sortable,
filterable tables of the run's entities, facts and articles and a graph of entities joined by facts;
each article has its own page with the text, mentions highlighted by type, figures and dates marked,
boilerplate greyed, and its facts beside it (selecting one highlights its evidence).

Options:
  --graph-nodes N    show at most N entities in the graph, the most connected (default: 150)
                       e.g. --graph-nodes 300
  --quiet            print nothing when it succeeds
  -h, --help         this text

Exit status: 0 when the report was written, 1 when docs.jsonl is missing or not a docs.jsonl,
2 for a usage error.

Examples:
  newsfacts report output
  newsfacts run fixtures --out output --report
`;
