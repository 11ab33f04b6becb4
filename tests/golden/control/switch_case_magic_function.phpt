--TEST--
__FUNCTION__ in a case label inside a function
--FILE--
<?php
function pick($name) {
    switch ($name . $missing) {
        case "x":
            return "x";
        case
            __FUNCTION__:
            return "matched";
    }
    return "none";
}
echo pick("pick"), "\n";
--EXPECTF--
Warning: Undefined variable $missing in %s on line 3
matched
