using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Fuzz;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph fuzz</c>: feeds seeded mutations of articles through every reader and the extractor, then checks that work grows linearly.</summary>
internal static class FuzzCommand
{
    public static Command Create()
    {
        var inputs = new Option<long>("--inputs") { Description = "How many mutated inputs to try.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the run: the same seed makes the same inputs.", DefaultValueFactory = _ => 1 };
        var from = new Option<long>("--from") { Description = "Index of the first input (to replay one: --from I --inputs 1).", DefaultValueFactory = _ => 0 };
        var seeds = new Option<string>("--seeds") { Description = "Folder of sample articles to mutate, beside the built-in ones.", DefaultValueFactory = _ => Path.Combine("graph-seeds", "articles") };
        var maxBytes = new Option<int>("--max-bytes") { Description = "Largest input made, in bytes.", DefaultValueFactory = _ => 4096 };
        var watchdog = new Option<double>("--watchdog") { Description = "Seconds one input may take before the run reports a hang.", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--out") { Description = "Folder the failing inputs are written to.", DefaultValueFactory = _ => "fuzz-failures" };
        var scaling = new Option<bool>("--scaling") { Description = "Also time hostile shapes at 16 KB to 1 MB and fail on super-linear growth.", DefaultValueFactory = _ => true };
        var command = new Command("fuzz", "Try seeded mutations of articles (byte flips, truncation, deep nesting, huge repeats, surrogates, control characters) on every reader and the extractor.")
        {
            inputs, seed, from, seeds, maxBytes, watchdog, output, scaling,
        };
        command.SetAction(parseResult =>
        {
            var count = parseResult.GetValue(inputs);
            var limit = parseResult.GetValue(maxBytes);
            var seconds = parseResult.GetValue(watchdog);
            if (count < 0 || limit < 1 || seconds <= 0)
            {
                return StoreCommand.Fail("--inputs must not be negative, --max-bytes and --watchdog must be positive");
            }

            if (Extractors.Create(null) is not { } extractor)
            {
                return 2;
            }

            var reader = new ArticleFileReader(new ArticleInputOptions { DefaultPublished = new DateOnly(2025, 5, 9) });
            var folder = parseResult.GetValue(output)!;
            var runSeed = parseResult.GetValue(seed);
            var samples = FuzzSeeds.Load(parseResult.GetValue(seeds));
            var c = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(c, $"fuzz: seed {runSeed}, inputs {count} from {parseResult.GetValue(from)}, {samples.Count} seed documents, inputs up to {limit} bytes"));
            var runner = new FuzzRunner(reader, extractor, new FuzzMutator(samples, limit));
            var report = runner.Run(runSeed, parseResult.GetValue(from), count, TimeSpan.FromSeconds(seconds),
                (failure, input) => Save(folder, failure, input),
                (done, elapsed) => Console.Out.WriteLine(string.Create(c, $"  {done} inputs, {done / elapsed.TotalSeconds:F0}/s")));
            Console.Out.WriteLine(string.Create(c,
                $"inputs:   {report.Inputs} in {report.Elapsed.TotalSeconds:F0} s ({report.Inputs / Math.Max(report.Elapsed.TotalSeconds, 1e-9):F0}/s, {report.Bytes / 1e6:F1} MB)"));
            Console.Out.WriteLine(string.Create(c, $"articles: {report.Articles} read, {report.Events} events"));
            foreach (var slow in report.Slowest)
            {
                Console.Out.WriteLine(string.Create(c, $"slowest:  input {slow.Index} ({slow.Name}, {slow.Bytes} bytes): {slow.Time.TotalMilliseconds:F1} ms"));
            }

            Console.Out.WriteLine(string.Create(c, $"failures: {report.Failures.Count + (report.Hang is null ? 0 : 1)}"));
            if (report.Hang is not null)
            {
                return 1;
            }

            var superLinear = parseResult.GetValue(scaling) && !Scaling(reader, extractor);
            return report.Failures.Count > 0 || superLinear ? 1 : 0;
        });
        return command;
    }

    private static bool Scaling(ArticleFileReader reader, ActorGraph.Extraction.EventExtractor extractor)
    {
        var c = CultureInfo.InvariantCulture;
        Console.Out.WriteLine("scaling (best of two runs; µs per KB at each size):");
        var rows = new List<ScalingRow>();
        foreach (var row in FuzzScaling.Measure(reader, extractor))
        {
            rows.Add(row);
            Console.Out.WriteLine(string.Create(c, $"  {row.Shape,-28} {row.Bytes,9} bytes {row.Time.TotalMilliseconds,10:F1} ms {row.MicrosecondsPerKb,10:F1} µs/KB"));
        }

        var ok = true;
        foreach (var (shape, growth) in FuzzScaling.Growth(rows))
        {
            var linear = growth <= FuzzScaling.MaxGrowth;
            ok &= linear;
            Console.Out.WriteLine(string.Create(c, $"  {shape,-28} growth {growth,5:F2}x {(linear ? "linear" : "SUPER-LINEAR")}"));
        }

        return ok;
    }

    private static void Save(string folder, FuzzFailure failure, FuzzInput input)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, input.Name);
        File.WriteAllBytes(path, input.Bytes);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"error: seed {failure.Seed} input {failure.Index} ({input.Name}, {input.Bytes.Length} bytes, saved as {path}): {failure.Problem.ReplaceLineEndings(" ")}"));
    }
}
