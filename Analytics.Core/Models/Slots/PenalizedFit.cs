namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// Fits y = X b + e with a normal prior on each random block (empirical Bayes, as in a linear
/// mixed model). The effects are found by coordinate descent: each effect in turn becomes the
/// shrunken average of what the others leave unexplained in the LIVEs it touches. Then the
/// residual variance and each block's prior variance are re-estimated from the fit (EM: the
/// mean square of the block's effects plus their uncertainty), and the two steps alternate
/// until the shrinkage settles. Shop levels are shrunk toward their platform's typical level,
/// which is the mean of those levels (a centred parametrisation: without it an overall mean and
/// a thousand shop levels trade places for hundreds of sweeps).
/// (Down-weighting odd LIVEs, Huber-style, was tried on planted data and recovered the best
/// window less often, so every LIVE counts fully.)
/// <para>
/// The day x hour blocks have a heavy-tailed prior (Student's t, fitted by EM as a normal whose
/// variance each effect scales by its own weight): most day x hour cells differ little from
/// what their hour and day say, a few (a shop's own best evening) differ a lot. One normal
/// spread for all of them is set by the many small ones and pulls a real doubling back to a
/// few percent, however many LIVEs show it; under the t prior an effect the data clearly shows
/// is shrunk little, while one lucky LIVE is still shrunk hard.
/// </para>
/// </summary>
internal static class PenalizedFit
{
    /// <summary>Fixed effects get a vanishing ridge only so that collinear ones stay finite.</summary>
    private const double FixedRidge = 1e-6;

    /// <summary>Effects stop moving, on the log scale, when no step is larger than this.</summary>
    private const double Converged = 1e-6;

    /// <summary>Degrees of freedom of the day x hour blocks' t prior: heavy tails, finite variance.</summary>
    private const double TailDegrees = 4;

    /// <summary>Blocks whose effects get the heavy-tailed prior.</summary>
    internal static bool IsHeavyTailed(EffectBlock block) => block is EffectBlock.DayHour or EffectBlock.ShopDayHour;

    /// <param name="accountPlatform">The platform of each account, as an index into the platform block.</param>
    /// <param name="accountShop">The shop of each account.</param>
    public static PenalizedFitResult Run(SparseRows x, double[] y, EffectLayout layout, int[] accountPlatform, int[] accountShop, int maxIterations, double tolerance)
    {
        var n = x.Rows;
        var p = x.Columns;
        var beta = new double[p];
        var squares = x.ColumnSquares();
        var residual = (double[])y.Clone();
        var accounts = new Accounts(layout, accountPlatform, accountShop);

        // Start every shop at its platform's mean level.
        var mean = y.Average();
        Array.Fill(beta, mean, layout.Offset(EffectBlock.Platform), layout.Size(EffectBlock.Platform));
        Array.Fill(beta, mean, layout.Offset(EffectBlock.Account), layout.Size(EffectBlock.Account));
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            residual[i] -= mean;
            total += residual[i] * residual[i];
        }

        var noise = Math.Max(total / Math.Max(n - 1, 1), 1e-8);
        var blocks = EffectLayout.Blocks;
        var variance = new double[blocks.Count];
        var penalty = new double[p];
        // Each effect's weight in the t prior: its penalty is the block's times this.
        var weight = new double[p];
        Array.Fill(weight, 1.0);
        foreach (var block in blocks)
        {
            variance[(int)block] = EffectLayout.IsFixed(block) ? 0 : 0.1 * noise;
        }

        SetPenalties(layout, variance, noise, weight, penalty);
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            Sweep(x, beta, residual, squares, penalty, layout, accounts);

            var rss = 0.0;
            for (var i = 0; i < n; i++)
            {
                rss += residual[i] * residual[i];
            }

            noise = Math.Max(rss / Math.Max(n - EffectiveParameters(layout, squares, penalty), 1), 1e-8);
            var settled = true;
            foreach (var block in blocks)
            {
                if (EffectLayout.IsFixed(block))
                {
                    continue;
                }

                var sum = 0.0;
                var levels = 0;
                var heavy = IsHeavyTailed(block);
                for (var j = layout.Offset(block); j < layout.Offset(block) + layout.Size(block); j++)
                {
                    if (squares[j] > 0)
                    {
                        var deviation = beta[j] - accounts.PriorMean(beta, j);
                        var expected = deviation * deviation + noise / (squares[j] + penalty[j]);
                        if (heavy)
                        {
                            // E-step of the t prior: an effect far out for the block's spread weighs less.
                            weight[j] = (TailDegrees + 1) / (TailDegrees + expected / variance[(int)block]);
                        }

                        sum += weight[j] * expected;
                        levels++;
                    }
                }

                if (levels == 0)
                {
                    continue;
                }

                var next = Math.Clamp(sum / levels, 1e-10 * noise, 1e3 * noise);
                // A variance too small to leave any effect standing has settled whatever its change.
                if (Math.Abs(Math.Log(next / variance[(int)block])) > tolerance && next > 1e-4 * noise)
                {
                    settled = false;
                }

                variance[(int)block] = next;
            }

            SetPenalties(layout, variance, noise, weight, penalty);
            if (settled)
            {
                iterations++;
                break;
            }
        }

        // With the shrinkage fixed, finish the effects.
        for (var sweep = 0; sweep < 500; sweep++)
        {
            if (Sweep(x, beta, residual, squares, penalty, layout, accounts) < Converged)
            {
                break;
            }
        }

        var edf = EffectiveParameters(layout, squares, penalty);
        return new PenalizedFitResult(beta, squares, variance, penalty, noise, residual, edf, iterations);
    }

    private static void SetPenalties(EffectLayout layout, double[] variance, double noise, double[] weight, double[] penalty)
    {
        foreach (var block in EffectLayout.Blocks)
        {
            for (var j = layout.Offset(block); j < layout.Offset(block) + layout.Size(block); j++)
            {
                penalty[j] = EffectLayout.IsFixed(block) ? FixedRidge : weight[j] * noise / variance[(int)block];
            }
        }
    }

    /// <summary>The number of parameters the data pins down: each effect counts by how little it is shrunk.</summary>
    private static double EffectiveParameters(EffectLayout layout, double[] squares, double[] penalty)
    {
        var edf = 0.0;
        for (var j = 0; j < layout.Count; j++)
        {
            edf += squares[j] > 0 ? squares[j] / (squares[j] + penalty[j]) : 0;
        }

        // The platforms' typical levels are estimated too, from the shop levels.
        return edf + layout.Size(EffectBlock.Platform);
    }

    /// <summary>One pass over every effect; returns the largest change.</summary>
    private static double Sweep(SparseRows x, double[] beta, double[] residual, double[] squares, double[] penalty, EffectLayout layout, Accounts accounts)
    {
        var largest = 0.0;
        var columnStart = x.ColumnStart;
        var columnRow = x.ColumnRow;
        var columnWeight = x.ColumnWeight;
        var accountEnd = layout.Offset(EffectBlock.Account) + layout.Size(EffectBlock.Account);
        for (var j = 0; j < beta.Length; j++)
        {
            if (j == accountEnd)
            {
                largest = Math.Max(largest, accounts.UpdatePlatformLevels(beta));
            }

            var d = squares[j];
            if (d <= 0)
            {
                continue;
            }

            var g = 0.0;
            var from = columnStart[j];
            var to = columnStart[j + 1];
            for (var k = from; k < to; k++)
            {
                g += columnWeight[k] * residual[columnRow[k]];
            }

            var old = beta[j];
            var updated = (g + d * old + penalty[j] * accounts.PriorMean(beta, j)) / (d + penalty[j]);
            var delta = updated - old;
            if (delta == 0)
            {
                continue;
            }

            beta[j] = updated;
            for (var k = from; k < to; k++)
            {
                residual[columnRow[k]] -= columnWeight[k] * delta;
            }

            largest = Math.Max(largest, Math.Abs(delta));
        }

        accounts.Centre(beta, squares, penalty);
        return largest;
    }

    /// <summary>Shop levels and the platform levels they are shrunk toward.</summary>
    private sealed class Accounts
    {
        private readonly EffectLayout _layout;
        private readonly int[] _platformOf;
        private readonly int _first;
        private readonly int _platforms;
        private readonly List<int>[] _accountsOfShop;

        public Accounts(EffectLayout layout, int[] platformOf, int[] shopOf)
        {
            _layout = layout;
            _platformOf = platformOf;
            _first = layout.Offset(EffectBlock.Account);
            _platforms = layout.Offset(EffectBlock.Platform);
            _accountsOfShop = Enumerable.Range(0, layout.Shops).Select(_ => new List<int>()).ToArray();
            for (var a = 0; a < shopOf.Length; a++)
            {
                _accountsOfShop[shopOf[a]].Add(a);
            }
        }

        /// <summary>
        /// Every slot effect of a LIVE adds up to one (its minutes' shares), so raising all hour
        /// effects and lowering all shop levels by the same amount fits the data just as well; only
        /// the priors tell the two apart, and coordinate descent crawls along such a ridge. This
        /// step moves straight to the best point on each ridge: the group blocks' mean into the
        /// shop levels (exact, as shop levels are shrunk toward their own mean), and each shop's
        /// own blocks' mean into its levels (the exact minimum of the two priors).
        /// </summary>
        public void Centre(double[] beta, double[] squares, double[] penalty)
        {
            foreach (var block in new[] { EffectBlock.Hour, EffectBlock.Day, EffectBlock.DayHour })
            {
                var shift = Mean(beta, squares, penalty, _layout.Offset(block), _layout.Size(block), out var total);
                if (total == 0 || shift == 0)
                {
                    continue;
                }

                Shift(beta, squares, _layout.Offset(block), _layout.Size(block), -shift);
                for (var j = _first; j < _first + _platformOf.Length; j++)
                {
                    beta[j] += shift;
                }

                for (var j = _platforms; j < _platforms + EffectLayout.Platforms; j++)
                {
                    beta[j] += shift;
                }
            }

            if (!_layout.ShopLayers)
            {
                return;
            }

            foreach (var (block, width) in new[] { (EffectBlock.ShopHour, EffectLayout.Hours), (EffectBlock.ShopDay, EffectLayout.Days), (EffectBlock.ShopDayHour, EffectLayout.DayHours) })
            {
                if (_layout.Size(block) == 0)
                {
                    continue;
                }

                var levelPenalty = penalty[_first];
                for (var shop = 0; shop < _accountsOfShop.Length; shop++)
                {
                    var from = _layout.Offset(block) + shop * width;
                    var mean = Mean(beta, squares, penalty, from, width, out var blockPenalty);
                    if (blockPenalty == 0)
                    {
                        continue;
                    }

                    var deviation = 0.0;
                    foreach (var a in _accountsOfShop[shop])
                    {
                        deviation += beta[_first + a] - beta[_platforms + _platformOf[a]];
                    }

                    var shift = (blockPenalty * mean - levelPenalty * deviation) / (blockPenalty + levelPenalty * _accountsOfShop[shop].Count);
                    Shift(beta, squares, from, width, -shift);
                    foreach (var a in _accountsOfShop[shop])
                    {
                        beta[_first + a] += shift;
                    }
                }
            }
        }

        /// <summary>The effects' mean weighted by their penalties (the point a shift of them all
        /// toward zero costs least), and the total penalty.</summary>
        private static double Mean(double[] beta, double[] squares, double[] penalty, int from, int count, out double total)
        {
            var sum = 0.0;
            total = 0;
            for (var j = from; j < from + count; j++)
            {
                if (squares[j] > 0)
                {
                    sum += penalty[j] * beta[j];
                    total += penalty[j];
                }
            }

            return total == 0 ? 0 : sum / total;
        }

        private static void Shift(double[] beta, double[] squares, int from, int count, double by)
        {
            for (var j = from; j < from + count; j++)
            {
                if (squares[j] > 0)
                {
                    beta[j] += by;
                }
            }
        }

        /// <summary>Where an effect is shrunk toward: its platform's level for a shop level, else zero.</summary>
        public double PriorMean(double[] beta, int j)
        {
            var account = j - _first;
            return (uint)account < (uint)_platformOf.Length ? beta[_platforms + _platformOf[account]] : 0;
        }

        /// <summary>Each platform's level becomes the mean of its shops' levels; returns the largest change.</summary>
        public double UpdatePlatformLevels(double[] beta)
        {
            var sums = new double[EffectLayout.Platforms];
            var counts = new int[EffectLayout.Platforms];
            for (var a = 0; a < _platformOf.Length; a++)
            {
                sums[_platformOf[a]] += beta[_first + a];
                counts[_platformOf[a]]++;
            }

            var largest = 0.0;
            for (var platform = 0; platform < sums.Length; platform++)
            {
                if (counts[platform] > 0)
                {
                    var level = sums[platform] / counts[platform];
                    largest = Math.Max(largest, Math.Abs(level - beta[_platforms + platform]));
                    beta[_platforms + platform] = level;
                }
            }

            return largest;
        }
    }
}

/// <param name="Squares">Per effect, the sum of squared weights of the LIVEs on it.</param>
/// <param name="Variance">Per block, the prior variance of its effects (0 for fixed blocks, which have none).</param>
/// <param name="Penalty">Per effect, its penalty: residual variance over its prior variance.</param>
internal sealed record PenalizedFitResult(
    double[] Beta, double[] Squares, double[] Variance, double[] Penalty, double Noise, double[] Residual,
    double EffectiveParameters, int Iterations);
