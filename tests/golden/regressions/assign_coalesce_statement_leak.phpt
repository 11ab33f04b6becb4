--TEST--
`$a ??= v;` as a statement leaked the copy of $a its result held when $a was already set (debug leak report)
--FILE--
<?php
$a = "x";
for ($i = 0; $i < 3; $i++) {
    $a .= $i;
    $a ??= "unused";
}
echo $a, "\n";
--EXPECT--
x012
