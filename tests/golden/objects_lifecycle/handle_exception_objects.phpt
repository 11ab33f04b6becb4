--TEST--
caught exception objects are freed when the catch variable is overwritten and their handles reused
--FILE--
<?php
class O {}
for ($i = 0; $i < 3; $i++) {
    try {
        throw new Exception("e$i");
    } catch (Exception $e) {
        echo $e->getMessage(), " id ", spl_object_id($e), "\n";
    }
}
unset($e);
$o = new O;
echo "new object id ", spl_object_id($o), "\n";
--EXPECT--
e0 id 1
e1 id 2
e2 id 1
new object id 1
