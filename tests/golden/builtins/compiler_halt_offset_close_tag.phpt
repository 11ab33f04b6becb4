--TEST--
__halt_compiler() ended by a closing tag, used in a default and a case label
--FILE--
<?php
function f($a = __COMPILER_HALT_OFFSET__) {
    return $a;
}
echo f(), "\n";
switch (f()) {
    case __COMPILER_HALT_OFFSET__:
        echo "same\n";
}
__halt_compiler() ?>
data
--EXPECT--
179
same
