using ActorGraph.Syntax.Model;

namespace ActorGraph.Syntax.Tests;

public sealed class ModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("syntax-model-tests").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_shipped_model_loads_and_says_what_trained_it()
    {
        var model = SyntaxModel.Load(SyntaxModel.DefaultPath);

        Assert.Contains("trained on", model.Summary, StringComparison.Ordinal);
        Assert.Contains("nsubj", model.Relations);
    }

    [Fact]
    public void A_saved_model_loads_back_to_the_same_bytes()
    {
        var path = Path.Combine(folder, "copy.syntax");
        Shipped.Model.Save(path);

        Assert.Equal(File.ReadAllBytes(SyntaxModel.DefaultPath), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_flipped_payload_byte_is_reported_as_a_checksum_mismatch()
    {
        var bytes = File.ReadAllBytes(SyntaxModel.DefaultPath);
        bytes[bytes.Length / 2] ^= 0x40;

        var error = Fails(bytes, "flipped.syntax");

        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_is_reported_as_truncated()
    {
        var bytes = File.ReadAllBytes(SyntaxModel.DefaultPath);

        Assert.Contains("truncated", Fails(bytes[..(bytes.Length - 1000)], "short.syntax").Message, StringComparison.Ordinal);
        Assert.Contains("truncated", Fails(bytes[..20], "header.syntax").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_file_is_reported_as_not_a_model()
    {
        var error = Fails("{\"not\": \"a model\"}"u8.ToArray(), "foreign.syntax");

        Assert.Contains("not an ActorGraph syntax model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_another_format_version_is_refused()
    {
        var bytes = File.ReadAllBytes(SyntaxModel.DefaultPath);
        bytes[8] = 99;

        Assert.Contains("format version 99", Fails(bytes, "future.syntax").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(folder, "absent.syntax");

        var error = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
    }

    private SyntaxModelException Fails(byte[] bytes, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
        return error;
    }
}
