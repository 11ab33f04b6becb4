--TEST--
A single newline directly after ?> is swallowed, a second is not
--FILE--
<?php echo "a"; ?>
<?php echo "b"; ?>

<?php echo "c"; ?>  
d
--EXPECT--
ab
c  
d
