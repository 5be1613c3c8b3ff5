using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ActorGraph.Cli.Bench;
using ActorGraph.Cli.Syntax;
using ActorGraph.Syntax;
using ActorGraph.Syntax.Conllu;
using ActorGraph.Syntax.Model;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph bench syntax</c>: model load time and one-thread tag + parse throughput.</summary>
internal static class SyntaxBenchCommand
{
    public static Command Create()
    {
        var conllu = new Option<DirectoryInfo?>("--conllu") { Description = "Also time pre-split sentences from this CoNLL-U folder (e.g. UD EWT test)." };
        var articles = new Option<int>("--articles") { Description = "Synthetic news articles to parse from raw text.", DefaultValueFactory = _ => 300 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the articles.", DefaultValueFactory = _ => 1 };
        var model = SyntaxModelOption.Create();
        var command = new Command("syntax", "Time loading the syntax model, then tagging, lemmatizing and parsing on one thread after a warm-up, in tokens/s.")
        {
            conllu, articles, seed, model,
        };
        command.SetAction(parseResult =>
        {
            var path = SyntaxModelOption.PathOf(parseResult, model);
            var c = CultureInfo.InvariantCulture;
            SyntaxModel loaded;
            IReadOnlyList<ConlluSentence>? gold = null;
            try
            {
                var (first, firstCpu) = Timed(() => SyntaxModel.Load(path));
                var (_, againCpu) = Timed(() => SyntaxModel.Load(path));
                loaded = first.Model;
                Console.Out.WriteLine(string.Create(c,
                    $"load: {first.Seconds:F2} s first (cold, {firstCpu:F2} s CPU), then {againCpu:F2} s CPU; {new FileInfo(path).Length / 1048576.0:F1} MB ({path})"));
                if (parseResult.GetValue(conllu) is { } folder)
                {
                    gold = ConlluReader.ReadFolder(folder.FullName);
                }
            }
            catch (Exception e) when (e is SyntaxModelException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                return StoreCommand.Fail(e.Message);
            }

            if (gold is not null)
            {
                var words = gold.Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Form)]).ToList();
                Print("pre-split CoNLL-U words (tag + lemma + parse)", SyntaxBench.RunWords(loaded, words));
            }

            var extractor = Extractors.Create(null);
            if (extractor is null)
            {
                return 2;
            }

            var synthesizer = new ArticleSynthesizer(extractor.Knowledge.Gazetteer);
            var texts = Enumerable.Range(0, parseResult.GetValue(articles)).Select(i => synthesizer.Create(i, parseResult.GetValue(seed)).Text).ToList();
            Print("synthetic article text (split + tokenize + tag + lemma + parse)", SyntaxBench.RunTexts(loaded, texts));
            return 0;
        });
        return command;
    }

    private static ((SyntaxModel Model, double Seconds) Result, double CpuSeconds) Timed(Func<SyntaxModel> load)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var model = load();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return ((model, seconds), (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void Print(string what, SyntaxBenchReport report) =>
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}, one thread after {SyntaxBench.WarmUp.TotalSeconds:F0} s warm-up: {report.Sentences} sentences, {report.Tokens} tokens in {report.Seconds:F2} s = {report.TokensPerSecond:N0} tokens/s wall clock; {report.CpuSeconds:F2} s of CPU = {report.TokensPerCpuSecond:N0} tokens/s per CPU second; {report.BytesPerToken:F0} bytes allocated/token"));
}
