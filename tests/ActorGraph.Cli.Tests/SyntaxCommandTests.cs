namespace ActorGraph.Cli.Tests;

public sealed class SyntaxCommandTests : IDisposable
{
    // One sentence we wrote, annotated by hand in UD v2 style.
    private const string Treebank = """
        # text = Egypt hosted the talks.
        1	Egypt	Egypt	PROPN	NNP	_	2	nsubj	_	_
        2	hosted	host	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	talks	talk	NOUN	NNS	_	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eval_syntax_prints_every_score_as_json()
    {
        var test = Directory.CreateDirectory(Path.Combine(_folder.Path, "test")).FullName;
        await File.WriteAllTextAsync(Path.Combine(test, "own.conllu"), Treebank.Replace("\r\n", "\n", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync(_folder.Path, null, "eval", "syntax", "--test", test, "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        foreach (var key in new[] { "\"tokens\":5", "\"upos\":", "\"uas\":", "\"las\":" })
        {
            Assert.Contains(key, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_foreign_model_file_is_an_error_naming_it()
    {
        var model = Path.Combine(_folder.Path, "notes.txt");
        await File.WriteAllTextAsync(model, "not a model");

        var result = await CliProcess.RunAsync(_folder.Path, null, "eval", "syntax", "--test", _folder.Path, "--syntax-model", model);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {model}: not an ActorGraph syntax model", result.Stderr, StringComparison.Ordinal);
    }
}
