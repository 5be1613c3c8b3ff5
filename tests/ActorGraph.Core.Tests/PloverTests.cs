using ActorGraph.Core.Events;

namespace ActorGraph.Core.Tests;

public sealed class PloverTests
{
    [Theory]
    [InlineData(PloverType.Consult, QuadClass.VerbalCooperation)]
    [InlineData(PloverType.Aid, QuadClass.MaterialCooperation)]
    [InlineData(PloverType.Accuse, QuadClass.VerbalConflict)]
    [InlineData(PloverType.Sanction, QuadClass.MaterialConflict)]
    [InlineData(PloverType.Assault, QuadClass.MaterialConflict)]
    public void Each_type_belongs_to_its_quad_class(PloverType type, QuadClass quad) => Assert.Equal(quad, type.Quad());

    [Fact]
    public void Only_consult_agree_and_cooperate_are_symmetric()
    {
        Assert.Equal([PloverType.Agree, PloverType.Consult, PloverType.Cooperate], Plover.Types.Where(t => t.IsSymmetric()));
    }

    [Fact]
    public void There_are_sixteen_types_with_upper_case_names_that_parse_back()
    {
        Assert.Equal(16, Plover.Types.Count);
        foreach (var type in Plover.Types)
        {
            Assert.True(Plover.TryParse(type.ToName().ToLowerInvariant(), out var parsed));
            Assert.Equal(type, parsed);
        }
    }

    [Theory]
    [InlineData("verbal_conflict", QuadClass.VerbalConflict)]
    [InlineData("MaterialCooperation", QuadClass.MaterialCooperation)]
    public void Quad_names_parse_in_either_spelling(string text, QuadClass expected)
    {
        Assert.True(Plover.TryParseQuad(text, out var quad));
        Assert.Equal(expected, quad);
    }

    [Fact]
    public void Unknown_type_name_does_not_parse() => Assert.False(Plover.TryParse("PRAISE", out _));
}
