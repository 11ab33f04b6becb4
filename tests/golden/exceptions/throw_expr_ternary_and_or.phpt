--TEST--
throw as an expression in ?:, ternary, and after || / &&
--FILE--
<?php
function check($v) {
    $r = $v ?: throw new InvalidArgumentException("falsy: " . var_export($v, true));
    return $r;
}
echo check("ok"), "\n";
try { check(0); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
function positive($n) {
    return $n > 0 ? $n : throw new RangeException("not positive: $n");
}
echo positive(3), "\n";
try { positive(-2); } catch (RangeException $e) { echo $e->getMessage(), "\n"; }
$ok = true;
$ok || throw new Exception("never");
echo "after ||\n";
try {
    $ok && throw new Exception("and-thrown");
} catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
ok
falsy: 0
3
not positive: -2
after ||
and-thrown
