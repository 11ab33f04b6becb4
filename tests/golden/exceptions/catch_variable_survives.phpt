--TEST--
the catch variable stays set after the catch block and overwrites an existing variable
--FILE--
<?php
$e = "before";
try {
    throw new Exception("first");
} catch (Exception $e) {
}
echo get_class($e), ": ", $e->getMessage(), "\n";
try {
    echo "no throw\n";
} catch (Exception $e) {
    echo "not run\n";
}
echo $e->getMessage(), "\n";
function inner() {
    try { throw new LogicException("local"); } catch (LogicException $err) {}
    return $err->getMessage();
}
echo inner(), "\n";
--EXPECT--
Exception: first
no throw
first
local
