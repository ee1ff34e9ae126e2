//! SplitMix64: a tiny deterministic generator, so a (seed, number) pair always gives the
//! same release on any machine and any build, without a dependency.

pub struct Rng(u64);

impl Rng {
    /// The stream of release `number` under `seed`; releases are independent, so any
    /// one can be generated alone or in parallel.
    pub fn for_release(seed: u64, number: u64) -> Rng {
        let mut rng = Rng(seed ^ number.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..below` (`below` > 0).
    pub fn below(&mut self, below: usize) -> usize {
        (self.next_u64() % below.max(1) as u64) as usize
    }

    /// Uniform in `low..=high`.
    pub fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// Uniform in `[0, 1)`, from the top 53 bits (a double's precision).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index in `0..len` with weight about 1/(index+1): word use is Zipfian, so the
    /// first words of a list are common and the last rare.
    pub fn zipf(&mut self, len: usize) -> usize {
        let unit = self.unit();
        let index = ((len as f64 + 1.0).powf(unit) - 1.0) as usize;
        index.min(len - 1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn pick_zipf<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.zipf(items.len())]
    }
}
