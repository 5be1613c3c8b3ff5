using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

public sealed class InputErrorTests
{
    [Fact]
    public void An_error_with_a_line_formats_as_path_line_reason()
    {
        Assert.Equal("in/feed.jsonl:12: invalid UTF-8", new InputError("in/feed.jsonl", 12, "invalid UTF-8").ToString());
    }

    [Fact]
    public void An_error_without_a_line_formats_as_path_reason()
    {
        Assert.Equal("in/a.pdf: unknown extension", new InputError("in/a.pdf", null, "unknown extension").ToString());
    }
}
