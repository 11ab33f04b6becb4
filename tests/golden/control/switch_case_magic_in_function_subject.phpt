--TEST--
Undefined subject inside a function, magic constants in labels
--FILE--
<?php
function f() {
    switch ($v) {
        case
            __LINE__:
            echo "x";
        case __FILE__ . "x":
            echo "y";
    }
}
f();
echo "end\n";
--EXPECTF--
Warning: Undefined variable $v in %s on line 3

Warning: Undefined variable $v in %s on line 3
end
