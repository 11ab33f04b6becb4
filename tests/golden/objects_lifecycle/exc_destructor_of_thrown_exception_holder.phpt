--TEST--
an object held only by an exception's custom property lives until the exception is freed
--FILE--
<?php
class Ctx {
    public function __destruct() { echo "context freed\n"; }
}
class CtxException extends Exception {
    public $ctx;
}
function f() {
    $e = new CtxException("with context");
    $e->ctx = new Ctx;
    throw $e;
}
try {
    f();
} catch (CtxException $e) {
    echo "caught\n";
}
echo "still holding exception\n";
$e = null;
echo "end\n";
--EXPECT--
caught
still holding exception
context freed
end
