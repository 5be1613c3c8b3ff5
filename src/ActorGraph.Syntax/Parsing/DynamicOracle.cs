namespace ActorGraph.Syntax.Parsing;

/// <summary>The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): how many gold arcs each transition makes
/// unreachable from the current configuration, whatever mistakes came before.</summary>
internal static class DynamicOracle
{
    /// <summary>Writes the cost of every transition (int.MaxValue when illegal).</summary>
    public static void Costs(ParserState state, Transitions transitions, int[] goldHeads, int[] goldLabels, Span<int> costs)
    {
        costs.Fill(int.MaxValue);
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var b0 = state.BufferAt(0);
        if (state.CanShift)
        {
            // b0 goes on the stack: its dependents still on the stack, and a head deeper than s0, are lost.
            var cost = 0;
            for (var i = 1; i < state.StackSize; i++)
            {
                var k = state.StackAt(i);
                if (goldHeads[k] == b0)
                {
                    cost++;
                }
            }

            for (var i = 0; i < state.StackSize - 1; i++)
            {
                if (goldHeads[b0] == state.StackAt(i))
                {
                    cost++;
                }
            }

            costs[Transitions.Shift] = cost;
        }

        if (state.CanLeft || state.CanRight)
        {
            // s0 leaves the stack: its dependents in the buffer are lost.
            var lostDependents = 0;
            var headInBuffer = false;
            for (var k = state.Buffer; k <= state.Length; k++)
            {
                if (goldHeads[k] == s0)
                {
                    lostDependents++;
                }
            }

            headInBuffer = goldHeads[s0] >= state.Buffer;
            if (state.CanLeft)
            {
                var cost = lostDependents + (goldHeads[s0] == s1 ? 1 : 0) + (headInBuffer && goldHeads[s0] != b0 ? 1 : 0);
                for (var l = 0; l < transitions.Labels.Length; l++)
                {
                    var t = transitions.Left(l);
                    if (transitions.IsLegal(state, t))
                    {
                        costs[t] = cost + (goldHeads[s0] == b0 && goldLabels[s0] != l ? 1 : 0);
                    }
                }
            }

            if (state.CanRight)
            {
                var cost = lostDependents + (headInBuffer ? 1 : 0);
                for (var l = 0; l < transitions.Labels.Length; l++)
                {
                    var t = transitions.Right(l);
                    if (transitions.IsLegal(state, t))
                    {
                        costs[t] = cost + (goldHeads[s0] == s1 && goldLabels[s0] != l ? 1 : 0);
                    }
                }
            }
        }
    }
}
