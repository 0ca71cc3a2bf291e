export const MAIN_HELP = `newsfacts: reads English news articles and writes the facts in them as tables.

Usage:
  newsfacts run <inputs...> [options]   process articles into tables
  newsfacts stages                      list the stages a pipeline file can name
  newsfacts --help                      this text
  newsfacts run --help                  the options of run

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
  --workers N        worker threads to process documents on (default: the number of cores);
                     the tables are the same, row for row, whatever N is
                       e.g. --workers 1
  --resume           continue a run that was interrupted (killed, crashed) into the same --out
                     with the same inputs, pipeline and options; without it, a new run starts over
                       e.g. --resume
  --quiet            no progress bar and no summary
  -h, --help         this text

Exit status: 0 when every document succeeded, 1 when some failed (all others are still written),
2 for a usage error (a bad option, a bad pipeline file).

Example:
  newsfacts run article.txt pages/ batch.jsonl --out /tmp/o --date 2019-04-25
`;
