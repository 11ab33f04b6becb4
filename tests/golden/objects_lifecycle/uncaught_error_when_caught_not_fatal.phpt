--TEST--
an Error from an undefined function that is caught is not fatal and destructors run normally at shutdown
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
try {
    undefined_fn();
} catch (Error $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
echo "script end\n";
--EXPECT--
caught: Call to undefined function undefined_fn()
script end
destructor
